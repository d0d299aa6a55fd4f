package cn.deputylink.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** config/dashboard.yml. */
@ConfigurationProperties(prefix = "deputylink.dashboard")
public class DashboardProperties {

    private int ledgerLimit = 500;
    private int pageSize = 50;

    public int getLedgerLimit() {
        return ledgerLimit;
    }

    public void setLedgerLimit(int ledgerLimit) {
        this.ledgerLimit = ledgerLimit;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }
}
