package cn.deputylink.opinion.photo;

/**
 * Reads the one EXIF field a re-encoded photo needs, the orientation (tag 0x0112), from a JPEG's
 * APP1 segment. Everything else in the EXIF block is ignored and dropped with it.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** 1 (upright) when the JPEG has no readable orientation. */
    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                if (marker == 0xE1 && length > 8 && i + 10 <= jpeg.length
                        && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i' && jpeg[i + 7] == 'f') {
                    return fromTiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
                }
                i += 2 + length;
            }
        } catch (RuntimeException ignored) {
            // a broken EXIF block: treat as upright
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        int ifd = start + read32(b, start + 4, little);
        int entries = read16(b, ifd, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + e * 12;
            if (entry + 12 > end) {
                break;
            }
            if (read16(b, entry, little) == 0x0112) {
                return read16(b, entry + 8, little);
            }
        }
        return 1;
    }

    private static int read16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static int read32(byte[] b, int at, boolean little) {
        return little ? (read16(b, at + 2, true) << 16) | read16(b, at, true)
                : (read16(b, at, false) << 16) | read16(b, at + 2, false);
    }
}
