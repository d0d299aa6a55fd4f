package cn.deputylink.opinion.photo;

import cn.deputylink.shared.web.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * HEIC → JPEG with libheif's {@code heif-convert} (Debian package libheif-examples), run as its
 * own process in a private temporary folder with a time limit. The JPEG it writes still goes
 * through {@link PhotoEncoder}'s decoding and re-encoding, so no metadata survives.
 */
final class HeifConverter {

    private final PhotoProperties properties;

    HeifConverter(PhotoProperties properties) {
        this.properties = properties;
    }

    boolean available() {
        String tool = properties.getHeifConvert();
        return tool != null && !tool.isBlank() && Files.isExecutable(Path.of(tool));
    }

    byte[] toJpeg(byte[] heic, String which) {
        if (!available()) {
            throw new InvalidInputException(PhotoEncoder.FIELD, which + PhotoEncoder.HEIC_REFUSED);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("heic-");
            Path in = Files.write(dir.resolve("in.heic"), heic);
            Path out = dir.resolve("out.jpg");
            Process process = new ProcessBuilder(properties.getHeifConvert(), "-q", "95", in.toString(), out.toString())
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("log.txt").toFile()).start();
            if (!process.waitFor(properties.getHeifTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw unreadable(which);
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                throw unreadable(which);
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw unreadable(which);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable(which);
        } finally {
            delete(dir);
        }
    }

    private static InvalidInputException unreadable(String which) {
        return new InvalidInputException(PhotoEncoder.FIELD, which + "无法读取（HEIC 照片已损坏或无法转换），请重新拍摄，"
                + "或在手机中选择“兼容性最佳”后再上传");
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary folder left behind holds no personal data for long: the system cleans /tmp
        }
    }
}
