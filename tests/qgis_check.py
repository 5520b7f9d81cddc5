"""Open a QGIS project with PyQGIS, headless, and report what QGIS sees as JSON; render
its map to a PNG. Run with the system Python that Debian's python3-qgis is built for:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_check.py NAME.qgs OUT.png

Prints {"title", "layers": {name: {...}}, "tree", "time_range", "render": {...}}.
"""

import json
import sys

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main(project_path: str, png: str) -> dict:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    if not project.read(project_path):
        return {"error": f"QGIS could not read {project_path}"}
    layers = {}
    for layer in project.mapLayers().values():
        fields = {f.name(): f.typeName() for f in layer.fields()}
        temporal = layer.temporalProperties()
        renderer = layer.renderer()
        layers[layer.name()] = {
            "valid": layer.isValid(),
            "source": layer.source(),
            "features": layer.featureCount(),
            "geometry": QgsWkbTypes.displayString(layer.wkbType()),
            "crs": layer.crs().authid(),
            "renderer": renderer.type() if renderer else None,
            "categories": [c.value() for c in getattr(renderer, "categories", lambda: [])()],
            "labels": layer.labelsEnabled(),
            "label_field": (layer.labeling().settings().fieldName
                            if layer.labelsEnabled() and layer.labeling() else None),
            "fields": fields,
            "temporal": {"active": temporal.isActive(), "mode": int(temporal.mode()),
                         "start_field": temporal.startField()},
        }
    tree = [[group.name(), [child.name() for child in group.children()]]
            for group in project.layerTreeRoot().children()]
    span = project.timeSettings().temporalRange()
    time_range = None
    if span.begin().isValid():
        time_range = [span.begin().date().toString("yyyy-MM-dd"),
                      span.end().date().toString("yyyy-MM-dd")]
    result = {"title": project.title(), "layers": layers, "tree": tree,
              "time_range": time_range, "crs": project.crs().authid()}
    result["render"] = render(project, png, span)
    app.exitQgis()
    return result


def render(project, png: str, span: QgsDateTimeRange) -> dict:
    """Draw every visible layer (top of the tree on top) over the project's view."""
    settings = QgsMapSettings()
    order = [layer.layer() for layer in project.layerTreeRoot().findLayers()
             if layer.isVisible()]
    settings.setLayers(order)
    settings.setDestinationCrs(project.crs())
    view = project.viewSettings().defaultViewExtent()
    if view.isEmpty():
        view = order[0].extent()
    settings.setExtent(view)
    settings.setOutputSize(QSize(1200, 800))
    settings.setBackgroundColor(QColor("#c9dcea"))
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    if span.begin().isValid():
        settings.setIsTemporal(True)
        settings.setTemporalRange(span)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(png, "PNG")
    background = QColor("#c9dcea").rgb()
    sample = [image.pixel(x, y) for x in range(0, image.width(), 10)
              for y in range(0, image.height(), 10)]
    return {"width": image.width(), "height": image.height(),
            "drawn": sum(p != background for p in sample) / len(sample),
            "colours": len(set(sample))}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
