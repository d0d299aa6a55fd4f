package cn.deputylink.opinion.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code deputylink.h5.photos.*} in config/h5.yml: what a citizen may attach to an opinion. */
@ConfigurationProperties(prefix = "deputylink.h5.photos")
public class PhotoProperties {

    private int maxCount = 3;
    private DataSize maxSize = DataSize.ofMegabytes(5);
    /** Larger photos are scaled down so that their longer side has this many pixels. */
    private int maxEdge = 2048;
    /** Photos with more pixels than this are refused before they are decoded (decompression bombs). */
    private long maxPixels = 50_000_000L;
    private float jpegQuality = 0.85f;
    /** libheif's converter (Debian package libheif-examples); HEIC photos are refused where it is missing. */
    private String heifConvert = "/usr/bin/heif-convert";
    private java.time.Duration heifTimeout = java.time.Duration.ofSeconds(20);

    public String getHeifConvert() {
        return heifConvert;
    }

    public void setHeifConvert(String heifConvert) {
        this.heifConvert = heifConvert;
    }

    public java.time.Duration getHeifTimeout() {
        return heifTimeout;
    }

    public void setHeifTimeout(java.time.Duration heifTimeout) {
        this.heifTimeout = heifTimeout;
    }

    public int getMaxCount() {
        return maxCount;
    }

    public void setMaxCount(int maxCount) {
        this.maxCount = maxCount;
    }

    public DataSize getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public int getMaxEdge() {
        return maxEdge;
    }

    public void setMaxEdge(int maxEdge) {
        this.maxEdge = maxEdge;
    }

    public long getMaxPixels() {
        return maxPixels;
    }

    public void setMaxPixels(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public float getJpegQuality() {
        return jpegQuality;
    }

    public void setJpegQuality(float jpegQuality) {
        this.jpegQuality = jpegQuality;
    }
}
