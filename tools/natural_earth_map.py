#!/usr/bin/env python3
"""Writes the dashboard's country shapes (Sources/AtalayaServer/Dashboard/countries.js) from
Natural Earth's 1:110m countries.

Source: Natural Earth, https://www.naturalearthdata.com/ — public domain ("Natural Earth is
public domain. You may use the maps in any manner, including modifying the content and
design"). The 1:110m countries ("naturalearth_lowres") are taken as geopandas 0.14.4 ships them
in its wheel on PyPI (BSD-3-Clause package; the data stays public domain):

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    python3 tools/natural_earth_map.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

Shapes are projected equirectangularly onto the dashboard map's 600 × 300 box (x = (lon + 180)
/ 360 · 600, y = (90 − lat) / 180 · 300), rounded to 0.1, as SVG paths with each country's ISO
alpha-3 code. No dependency but Python's standard library.
"""
import json
import struct
import sys
import zipfile

W, H = 600, 300
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def records(shp):
    """Polygons of a shapefile: for each record, a list of rings of (lon, lat)."""
    pos = 100  # after the file header
    while pos < len(shp):
        _, length = struct.unpack(">ii", shp[pos:pos + 8])
        body = shp[pos + 8:pos + 8 + 2 * length]
        pos += 8 + 2 * length
        shape_type = struct.unpack("<i", body[:4])[0]
        if shape_type != 5:  # polygon
            yield []
            continue
        num_parts, num_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack("<%di" % num_parts, body[44:44 + 4 * num_parts])) + [num_points]
        at = 44 + 4 * num_parts
        points = [struct.unpack("<dd", body[at + 16 * i:at + 16 * i + 16]) for i in range(num_points)]
        yield [points[parts[k]:parts[k + 1]] for k in range(num_parts)]


def dbf_field(dbf, name):
    """One text column of a dBase file, per record."""
    count, header_len, record_len = struct.unpack("<IHH", dbf[4:12])
    fields, at, offset = [], 32, 1
    while dbf[at] != 0x0D:
        fname = dbf[at:at + 11].split(b"\0")[0].decode()
        flen = dbf[at + 16]
        fields.append((fname, offset, flen))
        offset += flen
        at += 32
    _, start, flen = next(f for f in fields if f[0] == name)
    return [dbf[header_len + i * record_len + start:header_len + i * record_len + start + flen].decode("utf-8").strip()
            for i in range(count)]


def path(rings):
    out = []
    for ring in rings:
        pts = ["%.1f,%.1f" % ((lon + 180) / 360 * W, (90 - lat) / 180 * H) for lon, lat in ring]
        # Drop repeats that rounding made.
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(pts) >= 3:
            out.append("M" + "L".join(pts) + "Z")
    return "".join(out)


def main(wheel, out="Sources/AtalayaServer/Dashboard/countries.js"):
    with zipfile.ZipFile(wheel) as z:
        shp = z.read(BASE + ".shp")
        dbf = z.read(BASE + ".dbf")
    codes = dbf_field(dbf, "iso_a3")
    shapes = [{"id": code, "d": path(rings)} for code, rings in zip(codes, records(shp)) if rings]
    with open(out, "w") as f:
        f.write("// Country shapes from Natural Earth 1:110m (public domain), projected onto the dashboard map's\n")
        f.write("// 600 x 300 box; written by tools/natural_earth_map.py. Do not edit by hand.\n")
        f.write("window.ATALAYA_COUNTRIES = " + json.dumps(shapes, separators=(",", ":")) + ";\n")
    print("%d countries written to %s" % (len(shapes), out))


if __name__ == "__main__":
    main(*sys.argv[1:])
