package cn.deputylink.opinion.photo;

import cn.deputylink.shared.web.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Turns what a phone uploads into a plain JPEG: JPEG and PNG are decoded with ImageIO, turned
 * upright by their EXIF orientation, scaled down to {@link PhotoProperties#getMaxEdge()} and
 * written anew, so no metadata (EXIF, GPS position, camera, XMP) survives. HEIC (iPhones) has no
 * maintained pure-Java decoder: it is converted by libheif's {@code heif-convert} in a separate
 * process with a time limit (a crash or a hostile file cannot take the application with it), then
 * re-encoded the same way; where the converter is not installed HEIC is refused with a message that
 * tells the citizen how to send a JPEG instead. Nothing is written anywhere here: the caller stores
 * the result.
 */
@Component
public class PhotoEncoder {

    public static final String CONTENT_TYPE = "image/jpeg";
    /** The form field the messages belong to. */
    public static final String FIELD = "photos";
    static final String HEIC_REFUSED = "暂不支持 HEIC/HEIF 格式的照片。苹果手机请在“设置 → 相机 → 格式”中选择“兼容性最佳”"
            + "后重新拍摄，或截图后上传截图（JPG/PNG）。";

    /** One uploaded file as it came. */
    public record Upload(String filename, byte[] bytes) {
    }

    /** The re-encoded photo. */
    public record Encoded(byte[] jpeg, int width, int height) {
    }

    private final PhotoProperties properties;
    private final HeifConverter heif;

    public PhotoEncoder(PhotoProperties properties) {
        this.properties = properties;
        this.heif = new HeifConverter(properties);
    }

    public PhotoProperties properties() {
        return properties;
    }

    /**
     * Checks and re-encodes all uploads (empty ones, a file input left blank, are skipped).
     *
     * @throws InvalidInputException field {@value #FIELD}, in Chinese, for the first photo that fails
     */
    public List<Encoded> encodeAll(List<Upload> uploads) {
        List<Upload> given = uploads.stream().filter(u -> u.bytes() != null && u.bytes().length > 0).toList();
        if (given.size() > properties.getMaxCount()) {
            throw new InvalidInputException(FIELD, "最多上传 " + properties.getMaxCount() + " 张照片");
        }
        List<Encoded> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            result.add(encode(given.get(i), given.size() > 1 ? "第 " + (i + 1) + " 张照片" : "照片"));
        }
        return result;
    }

    Encoded encode(Upload upload, String which) {
        byte[] bytes = upload.bytes();
        if (bytes.length > properties.getMaxSize().toBytes()) {
            throw new InvalidInputException(FIELD, which + "超过 " + properties.getMaxSize().toMegabytes()
                    + " MB，请压缩或截图后再上传");
        }
        Format format = Format.sniff(bytes);
        if (format == Format.HEIC) {
            // the converter applies the HEIF's own rotation; what it writes is decoded as a plain JPEG
            BufferedImage image = scaled(decode(heif.toJpeg(bytes, which), which));
            return new Encoded(jpeg(image), image.getWidth(), image.getHeight());
        }
        if (format == Format.OTHER) {
            throw new InvalidInputException(FIELD, which + "不是 JPG、PNG 或 HEIC 照片，请重新选择");
        }
        BufferedImage image = decode(bytes, which);
        if (format == Format.JPEG) {
            image = upright(image, ExifOrientation.of(bytes));
        }
        image = scaled(image);
        return new Encoded(jpeg(image), image.getWidth(), image.getHeight());
    }

    private BufferedImage decode(byte[] bytes, String which) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable(which);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > properties.getMaxPixels()) {
                    throw new InvalidInputException(FIELD, which + "尺寸过大，请截图或缩小后再上传");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable(which);
        }
    }

    private static InvalidInputException unreadable(String which) {
        return new InvalidInputException(FIELD, which + "无法读取，文件可能已损坏，请重新拍摄或选择");
    }

    private BufferedImage scaled(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) properties.getMaxEdge() / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        // always redrawn onto plain RGB: drops alpha (white behind), palettes and colour profiles
        BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, tw, th);
            g.drawImage(source, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Applies EXIF orientation 1–8, so the photo looks as it did on the phone once the EXIF is gone. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12 (constructor order m00, m10, m01, m11, m02, m12)
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(properties.getJpegQuality());
            // no metadata passed: the writer emits a bare JFIF header, nothing from the upload
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    enum Format {
        JPEG, PNG, HEIC, OTHER;

        static Format sniff(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
                return PNG;
            }
            if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
                String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
                if (List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif").contains(brand)) {
                    return HEIC;
                }
            }
            return OTHER;
        }
    }
}
