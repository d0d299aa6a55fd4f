package cn.deputylink.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the office's registry, from {@code config/registry.yml}. */
@ConfigurationProperties(prefix = "deputylink.registry")
public class RegistryProperties {

    private final Accounts accounts = new Accounts();
    private final Imports imports = new Imports();
    private final Links links = new Links();

    public Accounts getAccounts() {
        return accounts;
    }

    public Imports getImports() {
        return imports;
    }

    public Links getLinks() {
        return links;
    }

    public static class Accounts {
        private int passwordLength = 12;
        private String orphanTaskGroup = "liaison-office";

        public int getPasswordLength() {
            return passwordLength;
        }

        public void setPasswordLength(int passwordLength) {
            this.passwordLength = passwordLength;
        }

        public String getOrphanTaskGroup() {
            return orphanTaskGroup;
        }

        public void setOrphanTaskGroup(String orphanTaskGroup) {
            this.orphanTaskGroup = orphanTaskGroup;
        }
    }

    public static class Imports {
        private int maxRows = 50_000;
        private int flushEvery = 100;

        public int getMaxRows() {
            return maxRows;
        }

        public void setMaxRows(int maxRows) {
            this.maxRows = maxRows;
        }

        public int getFlushEvery() {
            return flushEvery;
        }

        public void setFlushEvery(int flushEvery) {
            this.flushEvery = flushEvery;
        }
    }

    public static class Links {
        private int householdsPerDeputy = 10;
        private int deputiesPerCommitteeMember = 5;

        public int getHouseholdsPerDeputy() {
            return householdsPerDeputy;
        }

        public void setHouseholdsPerDeputy(int householdsPerDeputy) {
            this.householdsPerDeputy = householdsPerDeputy;
        }

        public int getDeputiesPerCommitteeMember() {
            return deputiesPerCommitteeMember;
        }

        public void setDeputiesPerCommitteeMember(int deputiesPerCommitteeMember) {
            this.deputiesPerCommitteeMember = deputiesPerCommitteeMember;
        }
    }
}
