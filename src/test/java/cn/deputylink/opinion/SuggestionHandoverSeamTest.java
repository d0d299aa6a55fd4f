package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.department.DepartmentService;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.opinion.OpinionDtos.TrackingView;
import cn.deputylink.shared.handover.LinkedCaseProgress;
import cn.deputylink.shared.handover.OpinionHandoverRequest;
import cn.deputylink.shared.handover.SuggestionHandover;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.process.ProcessMessages;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import cn.deputylink.station.StationTier;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.support.ConfigFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Our side of the opinion → suggestion seam, with the suggestion feature's bean mocked: without an
 * implementation the hand-over fails loudly in Chinese (an incident, never a silent skip); with one
 * it passes no personal data, runs once per opinion, and the tracking page shows its progress.
 */
class SuggestionHandoverSeamTest {

    private final OpinionRepository opinions = mock(OpinionRepository.class);
    private final OpinionTimeline timeline = mock(OpinionTimeline.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<SuggestionHandover> provider = mock(ObjectProvider.class);
    private final SuggestionHandover handover = mock(SuggestionHandover.class);
    private OpinionCases cases;
    private Opinion opinion;

    @BeforeEach
    void setUp() {
        cases = new OpinionCases(opinions, mock(OpinionAssignmentRepository.class), mock(OpinionFeedbackRepository.class),
                timeline, mock(StationRepository.class), mock(DepartmentRepository.class), mock(DepartmentService.class),
                mock(DeputyRepository.class), ConfigFixtures.deadlines(), mock(Notifications.class), provider,
                new OpinionProperties());
        LiaisonStation station = new LiaisonStation("ty-xl", "云溪市青山县桃源镇杏林村人大代表联络站", StationTier.STATION,
                AdministrativeLevel.VILLAGE);
        opinion = new Opinion("YJ-2026-000042", station, OpinionChannel.PUBLIC_WEB,
                "村里茶叶收购价格波动大，希望建立保底收购机制。", Instant.parse("2026-11-02T01:00:00Z"));
        ReflectionTestUtils.setField(opinion, "id", 42L);
        opinion.setCitizenName("张三");
        opinion.setCitizenPhone("13812345678");
        opinion.setCategory(OpinionCategory.AGRICULTURE);
        opinion.setRoute(OpinionRoute.SUGGESTION);
        opinion.setSuggestionDeputyCode("D010");
        opinion.setTriagedBy("staff-ty-xl");
        when(opinions.findById(42L)).thenReturn(Optional.of(opinion));
        when(opinions.findByTrackingCode("YJ-2026-000042")).thenReturn(Optional.of(opinion));
    }

    @Test
    void withoutTheSuggestionFeatureTheHandOverFailsWithAChineseMessage() {
        when(provider.getIfAvailable()).thenReturn(null);
        assertThatThrownBy(() -> cases.handOver(42L))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("无法转为代表建议")
                .hasMessageContaining("SuggestionHandover");
        assertThat(opinion.getSuggestionKey()).isNull();
    }

    @Test
    void theHandOverCarriesNoPersonalDataAndRunsOncePerOpinion() {
        when(provider.getIfAvailable()).thenReturn(handover);
        when(handover.handOver(any())).thenReturn("JY-2026-0007");
        assertThat(cases.handOver(42L)).isEqualTo("JY-2026-0007");
        assertThat(cases.handOver(42L)).isEqualTo("JY-2026-0007");
        ArgumentCaptor<OpinionHandoverRequest> request = ArgumentCaptor.forClass(OpinionHandoverRequest.class);
        verify(handover, times(1)).handOver(request.capture());
        OpinionHandoverRequest sent = request.getValue();
        assertThat(sent.opinionTrackingCode()).isEqualTo("YJ-2026-000042");
        assertThat(sent.deputyCode()).isEqualTo("D010");
        assertThat(sent.category()).isEqualTo("AGRICULTURE");
        assertThat(sent.handedOverBy()).isEqualTo("staff-ty-xl");
        assertThat(sent.toString()).doesNotContain("张三", "13812345678");
        assertThat(opinion.getSuggestionKey()).isEqualTo("JY-2026-0007");
    }

    @Test
    void theTrackingPageShowsTheSuggestionsProgressWhenAvailable() {
        opinion.setSuggestionKey("JY-2026-0007");
        when(timeline.of(opinion)).thenReturn(List.of());
        when(provider.getIfAvailable()).thenReturn(handover);
        when(handover.progress("JY-2026-0007")).thenReturn(Optional.of(
                new LinkedCaseProgress("JY-2026-0007", "ASSIGNED", "已交办承办单位", false)));
        ProcessMessages messages = mock(ProcessMessages.class);
        OpinionQueries queries = new OpinionQueries(opinions, timeline, mock(OpinionAssignmentRepository.class),
                mock(OpinionFeedbackRepository.class), messages, provider, mock(OpinionAccess.class), cases,
                ConfigFixtures.calendar());
        TrackingView page = queries.view(opinion, false, false);
        assertThat(page.suggestion().label()).isEqualTo("转为代表建议");
        assertThat(page.suggestion().progress().statusLabel()).isEqualTo("已交办承办单位");

        when(provider.getIfAvailable()).thenReturn(null);
        TrackingView withoutFeature = queries.view(opinion, false, false);
        assertThat(withoutFeature.suggestion().label()).isEqualTo("转为代表建议");
        assertThat(withoutFeature.suggestion().progress()).isNull();
        verify(handover, never()).handOver(any());
    }
}
