package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.MEETING_ATTENDEES;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_BASICALLY_SATISFIED;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_DATE;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_HELD;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_SATISFIED;
import static cn.deputylink.review.DeputyReviewProcess.MEETING_UNSATISFIED;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;

import cn.deputylink.review.DeputyReviewService.MeetingTally;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_RecordMeetingTally (complete): the voters' meeting and its tally go into the case file. */
@Component("meetingTallyRecording")
public class MeetingTallyRecording extends FormTaskListener {

    private final DeputyReviewService reviews;

    public MeetingTallyRecording(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    protected void complete(DelegateTask task) {
        MeetingTally tally = new MeetingTally(Boolean.TRUE.equals(MEETING_HELD.get(task)),
                MeetingTally.parseDate(MEETING_DATE.get(task)), MEETING_ATTENDEES.get(task),
                MEETING_SATISFIED.get(task), MEETING_BASICALLY_SATISFIED.get(task), MEETING_UNSATISFIED.get(task));
        reviews.recordMeeting(REVIEW_ID.require(task), tally, actor(task));
    }
}
