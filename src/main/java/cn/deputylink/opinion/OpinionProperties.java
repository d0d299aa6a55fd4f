package cn.deputylink.opinion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.opinion.*} in config/opinion.yml (deadlines are under {@code deputylink.deadlines}). */
@ConfigurationProperties(prefix = "deputylink.opinion")
public class OpinionProperties {

    private int rehandlingRounds = 1;
    private Duration duplicateWindow = Duration.ofDays(30);
    private double duplicateSimilarity = 0.4;
    private int duplicateLimit = 5;

    public int getRehandlingRounds() {
        return rehandlingRounds;
    }

    public void setRehandlingRounds(int rehandlingRounds) {
        this.rehandlingRounds = rehandlingRounds;
    }

    public Duration getDuplicateWindow() {
        return duplicateWindow;
    }

    public void setDuplicateWindow(Duration duplicateWindow) {
        this.duplicateWindow = duplicateWindow;
    }

    public double getDuplicateSimilarity() {
        return duplicateSimilarity;
    }

    public void setDuplicateSimilarity(double duplicateSimilarity) {
        this.duplicateSimilarity = duplicateSimilarity;
    }

    public int getDuplicateLimit() {
        return duplicateLimit;
    }

    public void setDuplicateLimit(int duplicateLimit) {
        this.duplicateLimit = duplicateLimit;
    }
}
