{#- The same style as OGC SLD 1.1 (what QGIS stores beside the QML, for other clients). -#}
<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1.0" xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd" xmlns:xlink="http://www.w3.org/1999/xlink">
 <NamedLayer>
  <se:Name>{{ layer }}</se:Name>
  <UserStyle>
   <se:Name>{{ layer }}</se:Name>
   <se:FeatureTypeStyle>
{%- for rule in rules %}
    <se:Rule>
     <se:Name>{{ rule.label }}</se:Name>
{%- if rule.equals is defined %}
     <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>{{ rule.equals[0] }}</ogc:PropertyName>
       <ogc:Literal>{{ rule.equals[1] }}</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
{%- elif rule.between is defined %}
     <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">
      <ogc:PropertyIsBetween>
       <ogc:Add>{% for field in rule.between[0] %}<ogc:PropertyName>{{ field }}</ogc:PropertyName>{% endfor %}</ogc:Add>
       <ogc:LowerBoundary><ogc:Literal>{{ rule.between[1] }}</ogc:Literal></ogc:LowerBoundary>
       <ogc:UpperBoundary><ogc:Literal>{{ rule.between[2] }}</ogc:Literal></ogc:UpperBoundary>
      </ogc:PropertyIsBetween>
     </ogc:Filter>
{%- endif %}
{%- if geometry == "point" %}
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill><se:SvgParameter name="fill">{{ rule.fill }}</se:SvgParameter></se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">{{ rule.stroke }}</se:SvgParameter>
         <se:SvgParameter name="stroke-width">{{ rule.stroke_width }}</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>{{ rule.size }}</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
{%- else %}
     <se:PolygonSymbolizer>
      <se:Fill>
       <se:SvgParameter name="fill">{{ rule.fill }}</se:SvgParameter>
       <se:SvgParameter name="fill-opacity">{{ rule.fill_opacity }}</se:SvgParameter>
      </se:Fill>
      <se:Stroke>
       <se:SvgParameter name="stroke">{{ rule.stroke }}</se:SvgParameter>
       <se:SvgParameter name="stroke-width">{{ rule.stroke_width }}</se:SvgParameter>
{%- if rule.dash %}
       <se:SvgParameter name="stroke-dasharray">{{ rule.dash }}</se:SvgParameter>
{%- endif %}
      </se:Stroke>
     </se:PolygonSymbolizer>
{%- endif %}
    </se:Rule>
{%- endfor %}
   </se:FeatureTypeStyle>
  </UserStyle>
 </NamedLayer>
</StyledLayerDescriptor>
