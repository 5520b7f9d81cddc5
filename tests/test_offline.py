"""Offline by default: mapping the seed article opens no network connection at all."""

import socket
from datetime import date

import pytest
from conftest import SEED, SEED_PUBLISHED
from typer.testing import CliRunner

from geo.cli import app
from geo.output.files import write_outputs
from geo.output.map import render_map, save_map
from geo.pipeline import read_article
from geo.places.regions import regions_layer
from geo.sources.articles import read_article as read_file


class NetworkUsed(AssertionError):
    """A connection was attempted while the network was forbidden."""


@pytest.fixture
def no_network(monkeypatch):
    """Fail on any attempt to connect a socket (TCP, UDP, Unix), by any library."""

    def refuse(*args, **kwargs):
        msg = f"network access attempted: {args[1:] or kwargs}"
        raise NetworkUsed(msg)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_socket_guard_refuses_connections(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket() as s, pytest.raises(NetworkUsed):
        s.connect(("127.0.0.1", 9))


def test_seed_is_mapped_without_network(no_network, gazetteer, outlines, tmp_path):
    article = read_file(SEED, published=date.fromisoformat(SEED_PUBLISHED))
    reading = read_article(article.text, published=article.published, name=article.name,
                           gazetteer=gazetteer, shapes=outlines)
    regions = regions_layer(reading, outlines.admin1)
    written = write_outputs(reading, regions=regions, out_dir=tmp_path, name=article.name)
    html = tmp_path / "seed.html"
    save_map(render_map(reading, regions=regions, countries=outlines.countries), html)
    assert reading.places() and reading.events and reading.areas
    assert all(p.exists() and p.stat().st_size for p in [*written, html])
    assert all(p.source != "nominatim" for p in reading.places())


def test_map_command_is_offline_without_geocoder(no_network, tmp_path):
    result = CliRunner().invoke(app, ["map", str(SEED), "--published", SEED_PUBLISHED,
                                      "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "seed.html").exists()
