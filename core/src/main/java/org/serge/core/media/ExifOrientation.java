package org.serge.core.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** The EXIF orientation of a JPEG (1 to 8), read before the metadata is dropped so that photos stay upright. */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation tag of the JPEG's Exif segment; 1 (as stored) when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try (MemoryCacheImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(stream, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return 1;
            }
            InputStream data = segments.get(0).data();
            if (data.read() < 0) { // the pad byte after "Exif\0"
                return 1;
            }
            Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            if (entry == null || !(entry.getValue() instanceof Number number)) {
                return 1;
            }
            int value = number.intValue();
            return value >= 1 && value <= 8 ? value : 1;
        } catch (Exception e) {
            return 1;
        }
    }
}
