package cn.deputylink.review;

import cn.deputylink.ledger.ActivityType;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.review.*} from config/review.yml, where every key is documented. */
@ConfigurationProperties(prefix = "deputylink.review")
public class ReviewProperties {

    private Campaign campaign = new Campaign();
    private Scoring scoring = new Scoring();
    private AppraisalBurst appraisalBurst = new AppraisalBurst();

    public AppraisalBurst getAppraisalBurst() {
        return appraisalBurst;
    }

    public void setAppraisalBurst(AppraisalBurst appraisalBurst) {
        this.appraisalBurst = appraisalBurst;
    }

    /** When online appraisals are held back and flagged to the office (config/review.yml). */
    public static class AppraisalBurst {

        private int deputyThreshold = 20;
        private int addressThreshold = 5;
        private java.time.Duration window = java.time.Duration.ofMinutes(10);

        public int getDeputyThreshold() {
            return deputyThreshold;
        }

        public void setDeputyThreshold(int deputyThreshold) {
            this.deputyThreshold = deputyThreshold;
        }

        public int getAddressThreshold() {
            return addressThreshold;
        }

        public void setAddressThreshold(int addressThreshold) {
            this.addressThreshold = addressThreshold;
        }

        public java.time.Duration getWindow() {
            return window;
        }

        public void setWindow(java.time.Duration window) {
            this.window = window;
        }
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public void setCampaign(Campaign campaign) {
        this.campaign = campaign;
    }

    public Scoring getScoring() {
        return scoring;
    }

    public void setScoring(Scoring scoring) {
        this.scoring = scoring;
    }

    public static class Campaign {

        private int batchSize = 200;

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    public static class Scoring {

        private BigDecimal ledgerCap = BigDecimal.valueOf(60);
        private Map<ActivityType, Rule> rules = new EnumMap<>(ActivityType.class);
        private BigDecimal dutyReportPoints = BigDecimal.TEN;
        private BigDecimal appraisalPoints = BigDecimal.valueOf(30);
        private BigDecimal basicallySatisfiedWeight = new BigDecimal("0.6");
        private BigDecimal noAppraisalShare = new BigDecimal("0.6");
        private BigDecimal adjustmentLimit = BigDecimal.TEN;

        public BigDecimal getLedgerCap() {
            return ledgerCap;
        }

        public void setLedgerCap(BigDecimal ledgerCap) {
            this.ledgerCap = ledgerCap;
        }

        public Map<ActivityType, Rule> getRules() {
            return rules;
        }

        public void setRules(Map<ActivityType, Rule> rules) {
            this.rules = rules;
        }

        public BigDecimal getDutyReportPoints() {
            return dutyReportPoints;
        }

        public void setDutyReportPoints(BigDecimal dutyReportPoints) {
            this.dutyReportPoints = dutyReportPoints;
        }

        public BigDecimal getAppraisalPoints() {
            return appraisalPoints;
        }

        public void setAppraisalPoints(BigDecimal appraisalPoints) {
            this.appraisalPoints = appraisalPoints;
        }

        public BigDecimal getBasicallySatisfiedWeight() {
            return basicallySatisfiedWeight;
        }

        public void setBasicallySatisfiedWeight(BigDecimal basicallySatisfiedWeight) {
            this.basicallySatisfiedWeight = basicallySatisfiedWeight;
        }

        public BigDecimal getNoAppraisalShare() {
            return noAppraisalShare;
        }

        public void setNoAppraisalShare(BigDecimal noAppraisalShare) {
            this.noAppraisalShare = noAppraisalShare;
        }

        public BigDecimal getAdjustmentLimit() {
            return adjustmentLimit;
        }

        public void setAdjustmentLimit(BigDecimal adjustmentLimit) {
            this.adjustmentLimit = adjustmentLimit;
        }
    }

    /** Points per counted entry and the yearly cap of the type (none: uncapped); negative points deduct. */
    public static class Rule {

        private BigDecimal points = BigDecimal.ZERO;
        private BigDecimal cap;

        public Rule() {
        }

        public Rule(BigDecimal points, BigDecimal cap) {
            this.points = points;
            this.cap = cap;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }

        public BigDecimal getCap() {
            return cap;
        }

        public void setCap(BigDecimal cap) {
            this.cap = cap;
        }
    }
}
