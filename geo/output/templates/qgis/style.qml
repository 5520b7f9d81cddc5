{#- A QGIS layer style (QML) as QGIS 3 writes it; the renderer and symbols come from
    geo.styles. Props use QGIS's <prop k v> form, which every QGIS 3 reads. -#}
{%- macro symbol(name, s) -%}
<symbol alpha="{{ s.alpha|default(1) }}" clip_to_extent="1" type="{{ s.type }}" name="{{ name }}" force_rhr="0">
{%- for layer in s.layers %}
    <layer enabled="1" locked="0" class="{{ layer.cls }}" pass="0">
{%- for k, v in layer.props.items() %}
     <prop v="{{ v }}" k="{{ k }}"/>
{%- endfor %}
     <data_defined_properties>
      <Option type="Map">
       <Option value="" type="QString" name="name"/>
       <Option name="properties"/>
       <Option value="collection" type="QString" name="type"/>
      </Option>
     </data_defined_properties>
{%- if layer.sub %}
     {{ symbol("@" ~ name ~ "@" ~ loop.index0, layer.sub) }}
{%- endif %}
    </layer>
{%- endfor %}
   </symbol>
{%- endmacro -%}
<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyLocal="1" minScale="0" version="3.22.0-Białowieża" maxScale="0" labelsEnabled="{{ 1 if label_field else 0 }}" readOnly="0" simplifyMaxScale="1" styleCategories="AllStyleCategories" simplifyDrawingTol="1" simplifyDrawingHints="{{ 1 if geometry == 'polygon' else 0 }}" simplifyAlgorithm="0">
 <flags>
  <Identifiable>1</Identifiable>
  <Removable>1</Removable>
  <Searchable>1</Searchable>
 </flags>
{%- if renderer.kind == "categorized" %}
 <renderer-v2 attr="{{ renderer.attr }}" symbollevels="0" type="categorizedSymbol" enableorderby="0" forceraster="0">
  <categories>
{%- for c in renderer.classes %}
   <category render="true" symbol="{{ loop.index0 }}" value="{{ c.value }}" label="{{ c.label }}"/>
{%- endfor %}
  </categories>
{%- elif renderer.kind == "graduated" %}
 <renderer-v2 attr="{{ renderer.attr }}" symbollevels="0" type="graduatedSymbol" graduatedMethod="GraduatedColor" enableorderby="0" forceraster="0">
  <ranges>
{%- for c in renderer.classes %}
   <range render="true" symbol="{{ loop.index0 }}" lower="{{ '%.6f'|format(c.lower) }}" upper="{{ '%.6f'|format(c.upper) }}" label="{{ c.label }}"/>
{%- endfor %}
  </ranges>
{%- else %}
 <renderer-v2 symbollevels="0" type="singleSymbol" enableorderby="0" forceraster="0">
{%- endif %}
  <symbols>
{%- for c in renderer.classes %}
   {{ symbol(loop.index0, c.symbol) }}
{%- endfor %}
  </symbols>
{%- if renderer.kind == "graduated" %}
  <mode name="manual"/>
  <classificationMethod id="Manual"/>
{%- endif %}
  <rotation/>
  <sizescale/>
 </renderer-v2>
{%- if label_field %}
 <labeling type="simple">
  <settings calloutType="simple">
   <text-style fontFamily="DejaVu Sans" fontSize="{{ label.size }}" fontSizeUnit="Point" textColor="{{ label.colour }}" fieldName="{{ label_field }}" isExpression="0" textOpacity="1" fontWeight="{{ label.weight }}" fontItalic="{{ label.italic }}" namedStyle="{{ label.named }}" multilineHeight="1" blendMode="0" previewBkgrdColor="255,255,255,255" capitalization="{{ label.capitals }}">
    <text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="1" bufferJoinStyle="128" bufferNoFill="1" bufferBlendMode="0"/>
   </text-style>
   <placement placement="{{ label.placement }}" dist="{{ label.dist }}" distUnits="MM" quadOffset="4" priority="{{ label.priority }}" offsetType="1"/>
   <rendering obstacle="1" obstacleFactor="{{ label.obstacle|default(1) }}" drawLabels="{{ label.draw|default(1) }}" displayAll="0" limitNumLabels="0" scaleVisibility="0" upsidedownLabels="0"/>
  </settings>
 </labeling>
{%- endif %}
 <customproperties>
  <property value="{{ display_field }}" key="dualview/previewExpressions"/>
  <property value="0" key="embeddedWidgets/count"/>
  <property key="variableNames"/>
  <property key="variableValues"/>
 </customproperties>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerOpacity>1</layerOpacity>
 <previewExpression>"{{ display_field }}"</previewExpression>
 <layerGeometryType>{{ {"point": 0, "line": 1, "polygon": 2}[geometry] }}</layerGeometryType>
</qgis>
