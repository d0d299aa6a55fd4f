package cn.deputylink.vote;

/** Who may do what in the vote API, as Spring Security expressions over Camunda groups. */
public final class Access {

    /** The offices that run the vote and may see its working papers. */
    public static final String OFFICES = "hasAnyAuthority('GROUP_liaison-office', 'GROUP_gov-office', "
            + "'GROUP_party-office', 'GROUP_supervisors', 'GROUP_camunda-admin')";
    /** The secretariat of the session, who also act as tellers. */
    public static final String SECRETARIAT = "hasAnyAuthority('GROUP_liaison-office', 'GROUP_camunda-admin')";
    /** Auditors of a closed round: the secretariat and the supervisors. */
    public static final String AUDITORS = "hasAnyAuthority('GROUP_liaison-office', 'GROUP_supervisors', "
            + "'GROUP_camunda-admin')";
    public static final String GOV_OFFICE = "hasAnyAuthority('GROUP_gov-office', 'GROUP_camunda-admin')";
    public static final String PARTY_OFFICE = "hasAnyAuthority('GROUP_party-office', 'GROUP_camunda-admin')";
    public static final String DEPUTIES = "hasAuthority('GROUP_deputies')";

    private Access() {
    }
}
