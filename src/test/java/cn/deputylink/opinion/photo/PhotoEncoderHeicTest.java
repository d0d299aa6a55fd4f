package cn.deputylink.opinion.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.deputylink.shared.web.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iPhones' HEIC photos become plain JPEGs through libheif; without libheif they are refused with advice. */
class PhotoEncoderHeicTest {

    private static final Path HEIF_ENC = Path.of("/usr/bin/heif-enc");

    @TempDir
    Path dir;

    @Test
    void aHeicPhotoIsStoredAsAJpegOfTheSameSize() throws Exception {
        PhotoProperties properties = new PhotoProperties();
        assumeTrue(Files.isExecutable(HEIF_ENC) && Files.isExecutable(Path.of(properties.getHeifConvert())),
                "libheif's tools are not installed (apt-get install libheif-examples; .ci/run does)");
        byte[] heic = heicOf(64, 48);
        assertThat(new String(heic, 4, 8, StandardCharsets.ISO_8859_1)).isEqualTo("ftypheic");

        PhotoEncoder.Encoded photo = new PhotoEncoder(properties)
                .encodeAll(List.of(new PhotoEncoder.Upload("IMG_0001.HEIC", heic))).get(0);

        assertThat(photo.jpeg()[0] & 0xff).isEqualTo(0xFF);
        assertThat(photo.jpeg()[1] & 0xff).isEqualTo(0xD8);
        assertThat(new String(photo.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
        // the colour survives the round trip (red, within JPEG's and HEVC's losses)
        int rgb = decoded.getRGB(32, 24);
        assertThat((rgb >> 16) & 0xff).isGreaterThan(150);
        assertThat(rgb & 0xff).isLessThan(100);
    }

    @Test
    void withoutTheConverterAHeicPhotoIsRefusedWithAdvice() {
        PhotoProperties properties = new PhotoProperties();
        properties.setHeifConvert(dir.resolve("no-such-tool").toString());
        byte[] heicStart = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new PhotoEncoder(properties)
                .encodeAll(List.of(new PhotoEncoder.Upload("IMG_0002.HEIC", heicStart))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("暂不支持 HEIC/HEIF")
                .hasMessageContaining("兼容性最佳");
    }

    /** A small red HEIC made by libheif's encoder from a JPEG. */
    private byte[] heicOf(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0xCC2222);
            }
        }
        Path jpeg = dir.resolve("red.jpg");
        ImageIO.write(image, "jpg", jpeg.toFile());
        Path heic = dir.resolve("red.heic");
        Process encoder = new ProcessBuilder(HEIF_ENC.toString(), "-q", "80", "-o", heic.toString(), jpeg.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("enc.log").toFile()).start();
        assertThat(encoder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(encoder.exitValue()).as(Files.readString(dir.resolve("enc.log"))).isZero();
        return Files.readAllBytes(heic);
    }
}
