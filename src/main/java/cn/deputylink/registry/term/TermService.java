package cn.deputylink.registry.term;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.registry.account.AccountService;
import cn.deputylink.registry.term.TermMembership.JoinedBy;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Congress terms and who sits in them: 换届 (a new term's roster ends the old term's seats, the
 * records stay), by-elections mid-term, and deputies who leave. Nothing here touches a deputy's
 * ledger or reviews: they belong to the person, whatever the term.
 */
@Service
public class TermService {

    private final CongressTermRepository terms;
    private final TermMembershipRepository memberships;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final ChangeHistory history;

    public TermService(CongressTermRepository terms, TermMembershipRepository memberships, DeputyService deputies,
                       AccountService accounts, ChangeHistory history) {
        this.terms = terms;
        this.memberships = memberships;
        this.deputies = deputies;
        this.accounts = accounts;
        this.history = history;
    }

    public record TermRequest(String code, CongressLevel level, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    @Transactional(readOnly = true)
    public CongressTerm get(String code) {
        return terms.findByCode(code == null ? "" : code.strip()).orElseThrow(() -> NotFoundException.of("届次", code));
    }

    @Transactional
    public CongressTerm create(TermRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.code() == null || !request.code().strip().matches("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$")) {
            problems.add(new FieldProblem("code", "届次编码只能由字母、数字和连字符组成，最长 40 位"));
        }
        if (request.level() == null) {
            problems.add(new FieldProblem("level", "请选择人大层级"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().strip().length() > 100) {
            problems.add(new FieldProblem("name", "请填写届次名称（最长 100 字），如“第十九届”"));
        }
        if (request.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "请填写任期开始日期"));
        }
        if (request.endsOn() == null) {
            problems.add(new FieldProblem("endsOn", "请填写任期结束日期"));
        } else if (request.startsOn() != null && !request.endsOn().isAfter(request.startsOn())) {
            problems.add(new FieldProblem("endsOn", "任期结束日期应晚于开始日期"));
        }
        if (problems.isEmpty()) {
            for (CongressTerm other : terms.findByLevelOrderByStartsOnDesc(request.level())) {
                if (!request.startsOn().isAfter(other.getEndsOn()) && !request.endsOn().isBefore(other.getStartsOn())) {
                    problems.add(new FieldProblem("startsOn", "任期与同级的" + other.label() + "重叠"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (terms.existsByCode(request.code().strip())) {
            throw new ConflictException("届次编码已存在：" + request.code());
        }
        CongressTerm term = terms.save(new CongressTerm(request.code().strip(), request.level(), request.name().strip(),
                request.startsOn(), request.endsOn()));
        history.created(ChangeHistory.TERM, term.getCode(), ChangeHistory.fields("层级", term.getLevel().label(),
                "名称", term.getName(), "任期", term.getStartsOn() + " 至 " + term.getEndsOn()));
        return term;
    }

    /** Seats the deputy in the term (idempotent) and makes it the deputy's 届次. */
    @Transactional
    public TermMembership enroll(CongressTerm term, Deputy deputy, LocalDate joinedOn, JoinedBy joinedBy) {
        if (!term.covers(joinedOn)) {
            throw new InvalidInputException("joinedOn", "日期 " + joinedOn + " 不在" + term.label() + "的任期内");
        }
        TermMembership membership = memberships.findByTermAndDeputy(term, deputy).orElseGet(() -> {
            TermMembership m = memberships.save(new TermMembership(term, deputy, joinedOn, joinedBy));
            history.record(ChangeHistory.DEPUTY, deputy.getCode(), ChangeHistory.UPDATED,
                    "进入" + term.getLevel().label() + term.label() + "（" + joinedBy.label() + "，" + joinedOn + "）");
            return m;
        });
        if (!term.label().equals(deputy.getTerm())) {
            deputies.setTerm(deputy.getCode(), term.label());
        }
        if (!deputy.isActive()) {
            deputies.reactivate(deputy.getCode());
        }
        return membership;
    }

    /** 补选: a new deputy (or one already on file) joins the term mid-way. */
    @Transactional
    public Deputy byElection(String termCode, DeputyRequest request, LocalDate electedOn) {
        CongressTerm term = get(termCode);
        if (!request.levels().contains(term.getLevel())) {
            throw new InvalidInputException("levels", "补选代表的层级应包含" + term.getLevel().label());
        }
        Deputy deputy = deputies.create(withTerm(request, term));
        enroll(term, deputy, electedOn, JoinedBy.BY_ELECTION);
        return deputy;
    }

    /**
     * The deputy leaves (resigns, moves away, is recalled): their seats end on the date, the record,
     * ledger and reviews stay, the account loses its groups and hands its tasks back.
     */
    @Transactional
    public Deputy leave(String deputyCode, LocalDate on, String reason) {
        Deputy deputy = deputies.get(deputyCode);
        String why = reason == null || reason.isBlank() ? "离任" : reason.strip();
        for (TermMembership m : memberships.findByDeputy(deputy)) {
            if (m.isOpen()) {
                m.end(on, why);
            }
        }
        deputies.deactivate(deputyCode, why);
        if (deputy.getUserId() != null) {
            accounts.deactivate(deputy.getUserId(), "代表离任：" + why);
        }
        return deputy;
    }

    /**
     * 换届: after the new term's roster is written and seated, every open seat of an older term of
     * the same level ends the day before the new term starts. Deputies not re-elected lose that level;
     * those left with no seat at all are deactivated (their record kept).
     *
     * @return how many deputies were not re-elected
     */
    @Transactional
    public int closePreviousTerms(CongressTerm newTerm, Set<Long> reElected) {
        LocalDate lastDay = newTerm.getStartsOn().minusDays(1);
        int leavers = 0;
        for (TermMembership m : memberships.findOpenOfLevelExcept(newTerm.getLevel(), newTerm)) {
            m.end(lastDay, "换届：" + m.getTerm().label() + "任期届满");
            Deputy d = m.getDeputy();
            if (reElected.contains(d.getId())) {
                continue;
            }
            leavers++;
            if (memberships.countOpen(d) > 0) {
                deputies.removeLevel(d.getCode(), newTerm.getLevel());
            } else {
                deputies.deactivate(d.getCode(), "换届未连任（" + m.getTerm().label() + "）");
                if (d.getUserId() != null) {
                    accounts.deactivate(d.getUserId(), "换届未连任");
                }
            }
        }
        return leavers;
    }

    @Transactional(readOnly = true)
    public List<TermMembership> seatsOf(Deputy deputy) {
        return memberships.findByDeputy(deputy);
    }

    @Transactional(readOnly = true)
    public List<TermMembership> seatsIn(CongressTerm term) {
        return memberships.findByTerm(term);
    }

    static DeputyRequest withTerm(DeputyRequest r, CongressTerm term) {
        return new DeputyRequest(r.code(), r.name(), r.levels(), r.constituency(), r.stationCodes(), r.groupCode(),
                r.specialty(), r.workUnit(), term.label(), r.householdsLinked(), r.userId());
    }
}
