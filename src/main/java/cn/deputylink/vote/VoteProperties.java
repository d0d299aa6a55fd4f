package cn.deputylink.vote;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.vote.*} of config/vote.yml: the default ballot rules of a new vote. */
@ConfigurationProperties(prefix = "deputylink.vote")
public class VoteProperties {

    private Rules rules = new Rules();
    private int formSummaryMaxChars = 3500;
    private boolean demoVote = true;

    public boolean isDemoVote() {
        return demoVote;
    }

    public void setDemoVote(boolean demoVote) {
        this.demoVote = demoVote;
    }

    public Rules getRules() {
        return rules;
    }

    public void setRules(Rules rules) {
        this.rules = rules;
    }

    public int getFormSummaryMaxChars() {
        return formSummaryMaxChars;
    }

    public void setFormSummaryMaxChars(int formSummaryMaxChars) {
        this.formSummaryMaxChars = formSummaryMaxChars;
    }

    public static class Rules {
        private int quorumNumerator = 2;
        private int quorumDenominator = 3;
        private int passNumerator = 1;
        private int passDenominator = 2;
        private boolean allowEqualCandidates;
        private int maxRunoffRounds = 2;

        public int getQuorumNumerator() {
            return quorumNumerator;
        }

        public void setQuorumNumerator(int quorumNumerator) {
            this.quorumNumerator = quorumNumerator;
        }

        public int getQuorumDenominator() {
            return quorumDenominator;
        }

        public void setQuorumDenominator(int quorumDenominator) {
            this.quorumDenominator = quorumDenominator;
        }

        public int getPassNumerator() {
            return passNumerator;
        }

        public void setPassNumerator(int passNumerator) {
            this.passNumerator = passNumerator;
        }

        public int getPassDenominator() {
            return passDenominator;
        }

        public void setPassDenominator(int passDenominator) {
            this.passDenominator = passDenominator;
        }

        public boolean isAllowEqualCandidates() {
            return allowEqualCandidates;
        }

        public void setAllowEqualCandidates(boolean allowEqualCandidates) {
            this.allowEqualCandidates = allowEqualCandidates;
        }

        public int getMaxRunoffRounds() {
            return maxRunoffRounds;
        }

        public void setMaxRunoffRounds(int maxRunoffRounds) {
            this.maxRunoffRounds = maxRunoffRounds;
        }
    }
}
