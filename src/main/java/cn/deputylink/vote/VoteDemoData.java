package cn.deputylink.vote;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.vote.congress.CongressRepository;
import cn.deputylink.vote.congress.CongressService;
import cn.deputylink.vote.congress.CongressService.CongressRequest;
import cn.deputylink.vote.congress.MembershipMode;
import cn.deputylink.vote.proposal.ProposalService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo congresses and this year's vote, once, in the demo profile. In the demo every one of the
 * forty demo deputies sits in the county congress 青山县第十八届人民代表大会 (listed membership),
 * so a whole session with forty ballots can be shown; the township congress of 桃源镇 shows the
 * derived membership (township deputies who joined a station in the town). The vote itself is
 * launched only with {@code deputylink.vote.demo-vote} (off for the integration tests).
 */
@Component
@Profile("demo")
@Order(20)
public class VoteDemoData implements ApplicationRunner {

    static final String COUNTY_CONGRESS = "qs";
    private static final Logger log = LoggerFactory.getLogger(VoteDemoData.class);

    private final CongressService congresses;
    private final CongressRepository congressRepository;
    private final DeputyRepository deputies;
    private final VoteService votes;
    private final LivelihoodVoteRepository voteRepository;
    private final ProposalService proposals;
    private final WorkingDayCalendar calendar;
    private final VoteProperties properties;

    public VoteDemoData(CongressService congresses, CongressRepository congressRepository, DeputyRepository deputies,
                        VoteService votes, LivelihoodVoteRepository voteRepository, ProposalService proposals,
                        WorkingDayCalendar calendar, VoteProperties properties) {
        this.congresses = congresses;
        this.congressRepository = congressRepository;
        this.deputies = deputies;
        this.votes = votes;
        this.voteRepository = voteRepository;
        this.proposals = proposals;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (congressRepository.existsByCode(COUNTY_CONGRESS) || !deputies.existsByCode("D001")) {
            return;
        }
        List<String> all = deputies.findAll().stream().map(d -> d.getCode()).sorted().toList();
        congresses.create(new CongressRequest(COUNTY_CONGRESS, "青山县第十八届人民代表大会", CongressLevel.COUNTY,
                MembershipMode.EXPLICIT, "qs", all, true));
        congresses.create(new CongressRequest("ty", "桃源镇第十九届人民代表大会", CongressLevel.TOWNSHIP,
                MembershipMode.DERIVED, "ty", null, true));
        if (!properties.isDemoVote()) {
            log.info("demo congresses loaded");
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        int year = calendar.today(now).getYear();
        OffsetDateTime opens = now.atOffset(ZoneOffset.ofHours(8));
        LivelihoodVote vote = votes.launch(new VoteService.LaunchRequest(COUNTY_CONGRESS, year, null, opens,
                opens.plus(Duration.ofDays(30)), opens.plus(Duration.ofDays(60)),
                new VoteService.RulesRequest(3, null, null, null, null, null, null)), "office");
        proposals.seed(vote, "杏林村便民桥改造", "杏林村河上木桥年久失修，雨季常被淹，村民出行和学生上学不便，建议改建为钢筋混凝土桥。",
                "桃源镇杏林村", new BigDecimal("80"), "村民");
        proposals.seed(vote, "城关老街雨污分流改造", "老街排水管道老化，雨天污水漫溢，建议实施雨污分流。", "城关街道老街片区",
                new BigDecimal("260"), "居民");
        proposals.seed(vote, "柳河乡敬老院适老化改造", "敬老院设施陈旧，缺少无障碍通道和呼叫设施。", "柳河乡",
                new BigDecimal("65"), null);
        proposals.seed(vote, "城关第二小学校门口交通安全设施", "上下学时段校门口车辆混行，建议增设隔离护栏和信号灯。",
                "城关街道", new BigDecimal("30"), "家长");
        proposals.seed(vote, "石桥村饮水安全提升", "石桥村水源水量不足，旱季需拉水，建议新建蓄水池并更换管网。",
                "柳河乡石桥村", new BigDecimal("120"), null);
        log.info("demo vote {} launched with sample proposals (collection open for 30 days)", vote.getBusinessKey());
    }
}
