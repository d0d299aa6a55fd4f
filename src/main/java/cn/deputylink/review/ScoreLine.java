package cn.deputylink.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a review's ledger score breakdown (积分明细). */
@Entity
@Table(name = "review_score_line")
public class ScoreLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private PerformanceReview review;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "rule_key", nullable = false, length = 40)
    private String ruleKey;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "points_each", nullable = false, precision = 6, scale = 2)
    private BigDecimal pointsEach;

    @Column(name = "raw_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal rawPoints;

    @Column(name = "cap_points", precision = 7, scale = 2)
    private BigDecimal capPoints;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    protected ScoreLine() {
    }

    ScoreLine(PerformanceReview review, int sortOrder, ReviewScoring.Line line) {
        this.review = review;
        this.sortOrder = sortOrder;
        this.ruleKey = line.ruleKey();
        this.label = line.label();
        this.quantity = Math.toIntExact(line.quantity());
        this.pointsEach = line.pointsEach();
        this.rawPoints = line.rawPoints();
        this.capPoints = line.cap();
        this.points = line.points();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public String getLabel() {
        return label;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getPointsEach() {
        return pointsEach;
    }

    public BigDecimal getRawPoints() {
        return rawPoints;
    }

    public BigDecimal getCapPoints() {
        return capPoints;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
