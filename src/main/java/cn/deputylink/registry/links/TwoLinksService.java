package cn.deputylink.registry.links;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.ledger.LedgerDtos.EntryView;
import cn.deputylink.ledger.LedgerDtos.RecordActivity;
import cn.deputylink.ledger.LedgerService;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.privacy.PhoneNumbers;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "two links" (两个联系): standing-committee members link deputies, deputies link households,
 * and each contact with a household is logged and goes to the deputy's ledger as 走访联系户
 * through the ledger service (the deputy's own entries wait for station staff to confirm, as
 * every self-report does).
 */
@Service
public class TwoLinksService {

    private final LinkedHouseholdRepository households;
    private final CommitteeLinkRepository committeeLinks;
    private final ContactLogRepository contacts;
    private final DeputyService deputies;
    private final DeputyRepository deputyRepository;
    private final StationRepository stations;
    private final LedgerService ledger;
    private final CurrentUser currentUser;
    private final ChangeHistory history;

    public TwoLinksService(LinkedHouseholdRepository households, CommitteeLinkRepository committeeLinks,
                           ContactLogRepository contacts, DeputyService deputies, DeputyRepository deputyRepository,
                           StationRepository stations, LedgerService ledger, CurrentUser currentUser,
                           ChangeHistory history) {
        this.households = households;
        this.committeeLinks = committeeLinks;
        this.contacts = contacts;
        this.deputies = deputies;
        this.deputyRepository = deputyRepository;
        this.stations = stations;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.history = history;
    }

    public record HouseholdRequest(String deputyCode, String headName, String headPhone, String stationCode,
                                   String address) {
    }

    /** A household as lists show it: the head's name and phone masked. */
    public record HouseholdView(long id, String deputyCode, String deputyName, String stationCode, String stationName,
                                String headName, String headPhone, String address, LocalDate lastContact) {
    }

    public record ContactRequest(ContactMethod method, LocalDate date, String note) {
    }

    public record ContactView(long id, long householdId, String method, LocalDate date, String note,
                              String recordedBy, Long ledgerEntryId, String ledgerStatus) {
    }

    /** The problems of a household row, by field; used by the form and by the import. */
    public List<FieldProblem> householdProblems(HouseholdRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.headName() == null || r.headName().isBlank() || r.headName().strip().length() > 50) {
            problems.add(new FieldProblem("headName", "请填写户主姓名（最长 50 字）"));
        }
        if (!PhoneNumbers.isValid(r.headPhone())) {
            problems.add(new FieldProblem("headPhone", "户主电话格式不正确：应为 11 位手机号或带区号的固定电话"));
        }
        if (r.address() != null && r.address().strip().length() > 200) {
            problems.add(new FieldProblem("address", "地址最长 200 字"));
        }
        return problems;
    }

    @Transactional
    public LinkedHousehold addHousehold(HouseholdRequest r) {
        List<FieldProblem> problems = householdProblems(r);
        Deputy deputy = deputyRepository.findByCode(r.deputyCode() == null ? "" : r.deputyCode().strip()).orElse(null);
        if (deputy == null || !deputy.isActive()) {
            problems.add(new FieldProblem("deputyCode", "代表不存在或已停用：" + r.deputyCode()));
        }
        LiaisonStation station = stations.findByCode(r.stationCode() == null ? "" : r.stationCode().strip()).orElse(null);
        if (station == null) {
            problems.add(new FieldProblem("stationCode", "站点不存在：" + r.stationCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LinkedHousehold h = households.save(new LinkedHousehold(deputy, station, r.headName().strip(),
                PhoneNumbers.normalize(r.headPhone()), blankToNull(r.address()), ClockUtil.getCurrentTime().toInstant()));
        history.record(ChangeHistory.DEPUTY, deputy.getCode(), ChangeHistory.UPDATED,
                "新增联系户：" + Masking.name(h.getHeadName()) + "（" + station.getName() + "）");
        return h;
    }

    @Transactional
    public void removeHousehold(long id) {
        LinkedHousehold h = households.findById(id).orElseThrow(() -> NotFoundException.of("联系户", id));
        if (h.isActive()) {
            h.setActive(false);
            history.record(ChangeHistory.DEPUTY, h.getDeputy().getCode(), ChangeHistory.UPDATED,
                    "不再联系：" + Masking.name(h.getHeadName()));
        }
    }

    @Transactional(readOnly = true)
    public List<HouseholdView> householdsOf(String deputyCode) {
        Deputy deputy = deputies.get(deputyCode);
        return households.findActiveByDeputy(deputy).stream().map(this::view).toList();
    }

    /** The caller's own households (the deputy on the phone). */
    @Transactional(readOnly = true)
    public List<HouseholdView> myHouseholds() {
        return households.findActiveByDeputy(me()).stream().map(this::view).toList();
    }

    /** Staff or the office log a contact for any household; the deputy through {@link #logMyContact}. */
    @Transactional
    public ContactView logContact(long householdId, ContactRequest request) {
        LinkedHousehold h = households.findById(householdId).filter(LinkedHousehold::isActive)
                .orElseThrow(() -> NotFoundException.of("联系户", householdId));
        return log(h, request);
    }

    @Transactional
    public ContactView logMyContact(long householdId, ContactRequest request) {
        Deputy me = me();
        LinkedHousehold h = households.findById(householdId).filter(LinkedHousehold::isActive)
                .filter(x -> x.getDeputy().getId().equals(me.getId()))
                .orElseThrow(() -> NotFoundException.of("联系户", householdId));
        return log(h, request);
    }

    private ContactView log(LinkedHousehold h, ContactRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.method() == null) {
            problems.add(new FieldProblem("method", "请选择联系方式（走访、电话、座谈）"));
        }
        if (request.date() == null) {
            problems.add(new FieldProblem("date", "请填写联系日期"));
        }
        if (request.note() != null && request.note().strip().length() > 1000) {
            problems.add(new FieldProblem("note", "情况说明最长 1000 字"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the ledger gets the kind of contact only: the household's name and the note stay here
        EntryView entry = ledger.record(h.getDeputy().getCode(), new RecordActivity(ActivityType.HOUSEHOLD_VISIT,
                request.date(), h.getStation().getCode(), null, "联系群众（" + request.method().label() + "）"));
        ContactLog log = contacts.save(new ContactLog(h, request.method(), request.date(), blankToNull(request.note()),
                currentUser.require(), entry.id(), ClockUtil.getCurrentTime().toInstant()));
        return new ContactView(log.getId(), h.getId(), log.getMethod().label(), log.getContactDate(), log.getNote(),
                log.getRecordedBy(), entry.id(), entry.status());
    }

    @Transactional(readOnly = true)
    public List<ContactView> contactsOf(long householdId) {
        LinkedHousehold h = households.findById(householdId).orElseThrow(() -> NotFoundException.of("联系户", householdId));
        return contacts.findByHousehold(h).stream().map(c -> new ContactView(c.getId(), h.getId(), c.getMethod().label(),
                c.getContactDate(), c.getNote(), c.getRecordedBy(), c.getActivityId(), null)).toList();
    }

    @Transactional
    public CommitteeLink linkDeputy(String memberCode, String deputyCode) {
        List<FieldProblem> problems = new ArrayList<>();
        Deputy member = deputyRepository.findByCode(strip(memberCode)).filter(Deputy::isActive).orElse(null);
        Deputy deputy = deputyRepository.findByCode(strip(deputyCode)).filter(Deputy::isActive).orElse(null);
        if (member == null) {
            problems.add(new FieldProblem("memberCode", "常委会组成人员（代表编码）不存在或已停用：" + memberCode));
        }
        if (deputy == null) {
            problems.add(new FieldProblem("deputyCode", "联系代表不存在或已停用：" + deputyCode));
        }
        if (member != null && deputy != null && member.getId().equals(deputy.getId())) {
            problems.add(new FieldProblem("deputyCode", "不能联系本人"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (committeeLinks.existsByMemberAndDeputy(member, deputy)) {
            throw new ConflictException("已建立联系：" + member.getName() + " → " + deputy.getName());
        }
        CommitteeLink link = committeeLinks.save(new CommitteeLink(member, deputy, ClockUtil.getCurrentTime().toInstant()));
        history.record(ChangeHistory.DEPUTY, member.getCode(), ChangeHistory.UPDATED,
                "常委会组成人员联系代表：" + deputy.getCode() + " " + deputy.getName());
        return link;
    }

    @Transactional
    public void unlinkDeputy(long linkId) {
        CommitteeLink link = committeeLinks.findById(linkId).orElseThrow(() -> NotFoundException.of("联系关系", linkId));
        history.record(ChangeHistory.DEPUTY, link.getMember().getCode(), ChangeHistory.UPDATED,
                "解除联系代表：" + link.getDeputy().getCode());
        committeeLinks.delete(link);
    }

    public record CommitteeLinkView(long id, String memberCode, String memberName, String deputyCode,
                                    String deputyName) {
    }

    @Transactional(readOnly = true)
    public List<CommitteeLinkView> committeeLinks() {
        return committeeLinks.findAllOrdered().stream().map(l -> new CommitteeLinkView(l.getId(),
                l.getMember().getCode(), l.getMember().getName(), l.getDeputy().getCode(), l.getDeputy().getName()))
                .toList();
    }

    private HouseholdView view(LinkedHousehold h) {
        LocalDate last = contacts.findByHousehold(h).stream().map(ContactLog::getContactDate).findFirst().orElse(null);
        return new HouseholdView(h.getId(), h.getDeputy().getCode(), h.getDeputy().getName(), h.getStation().getCode(),
                h.getStation().getName(), Masking.name(h.getHeadName()), Masking.phone(h.getHeadPhone()),
                h.getAddress(), last);
    }

    private Deputy me() {
        String user = currentUser.require();
        return deputyRepository.findByUserId(user).filter(Deputy::isActive)
                .orElseThrow(() -> new ForbiddenException("当前账号未关联在任代表"));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
