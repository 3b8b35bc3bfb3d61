#!/usr/bin/env python3
"""Marks one ELF version requirement of a shared library as weak, in place.

TorchSharp 0.107's libLibTorchSharp.so asks for GLIBCXX_3.4.32 (libstdc++ 13) for a single symbol,
_ZSt21ios_base_library_initv, which only registers the iostreams initialiser. Debian 12's libstdc++
stops at 3.4.30, so the loader refuses the library. A weak version requirement (VER_FLG_WEAK in the
Vernaux entry of .gnu.version_r) is only a warning to the loader, and the library then loads and runs.

Usage: weaken-glibcxx.py LIBRARY [VERSION]   (VERSION defaults to GLIBCXX_3.4.32)
Exit 0 when the requirement is weak afterwards (already, or now), 1 when the file has no such requirement.
"""
import struct
import sys

VER_FLG_WEAK = 0x2


def weaken(path, version):
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise SystemExit(f"{path}: not a 64-bit little-endian ELF file")
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = []
        for i in range(shnum):
            off = shoff + i * shentsize
            _name, sh_type, _flags, _addr, sh_offset, _size, sh_link, sh_info = struct.unpack_from("<IIQQQQII", data, off)
            sections.append((sh_type, sh_offset, sh_link, sh_info))
        SHT_GNU_VERNEED = 0x6FFFFFFE
        found = False
        for sh_type, sh_offset, sh_link, sh_info in sections:
            if sh_type != SHT_GNU_VERNEED:
                continue
            strtab = sections[sh_link][1]
            need = sh_offset
            for _ in range(sh_info):
                _ver, cnt, _file, aux, nxt = struct.unpack_from("<HHIII", data, need)
                a = need + aux
                for _ in range(cnt):
                    _hash, flags, _other, name, anext = struct.unpack_from("<IHHII", data, a)
                    end = data.index(0, strtab + name)
                    if data[strtab + name:end].decode() == version:
                        found = True
                        if not flags & VER_FLG_WEAK:
                            struct.pack_into("<H", data, a + 4, flags | VER_FLG_WEAK)
                    a += anext
                need += nxt
        if found:
            f.seek(0)
            f.write(data)
        return found


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    ok = weaken(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "GLIBCXX_3.4.32")
    print(f"{sys.argv[1]}: {'weak' if ok else 'no such version requirement'}")
    sys.exit(0 if ok else 1)
