package cn.deputylink.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** config/dashboard.yml. */
@ConfigurationProperties(prefix = "deputylink.dashboard")
public class DashboardProperties {

    private int ordinalFirstYear = 2020;
    private int ordinalYearsAhead = 2;
    private int ledgerLimit = 500;
    private int pageSize = 50;

    public int getOrdinalFirstYear() {
        return ordinalFirstYear;
    }

    public void setOrdinalFirstYear(int ordinalFirstYear) {
        this.ordinalFirstYear = ordinalFirstYear;
    }

    public int getOrdinalYearsAhead() {
        return ordinalYearsAhead;
    }

    public void setOrdinalYearsAhead(int ordinalYearsAhead) {
        this.ordinalYearsAhead = ordinalYearsAhead;
    }

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
