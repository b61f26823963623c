package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * Tasks by status (done, in progress, overdue and not done) exclude each other: beside the tasks assigned they
 * cannot add to more. Written here, not taken from any report.
 */
class TaskStatusCheckTest {

    private static List<Finding> sums(String text) {
        return TextChecker.check(CheckedText.ofPlainText(text), KnownFigures.none()).stream()
                .filter(f -> f.kind() == Kind.SUM).toList();
    }

    @Test
    void statusesOverTheTasksAssignedAcrossBullets() {
        List<Finding> f = sums("""
                Năm 2026, phường được giao 20 nhiệm vụ.
                - Nhiệm vụ đã hoàn thành: 18/20.
                - Nhiệm vụ đang thực hiện trong hạn: 5.
                - Nhiệm vụ quá hạn chưa hoàn thành: 1.
                """);
        assertThat(f).hasSize(1);
        assertThat(f.getFirst().severity()).isEqualTo(Severity.HIGH);
        assertThat(f.getFirst().numbers()).containsExactly("20", "18", "5", "1");
        assertThat(f.getFirst().markedQuote()).contains("«5»");
    }

    @Test
    void statusesOverTheTasksAssignedInOneParagraph() {
        List<Finding> f = sums("Tổng số nhiệm vụ được giao: 12. Trong đó số nhiệm vụ đã hoàn thành 12; "
                + "số nhiệm vụ đang thực hiện 3.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.expected()).isEqualTo("12");
        });
    }

    @Test
    void aTotalAndItsStatusesInOneSentenceAreReportedOnce() {
        assertThat(sums("Tổng số nhiệm vụ được giao: 12, trong đó số nhiệm vụ đã hoàn thành 12, "
                + "số nhiệm vụ đang thực hiện 3.")).hasSize(1);
    }

    @Test
    void allThreeStatusesShortOfTheTasksAssignedAreWorthALook() {
        List<Finding> f = sums("""
                Ban Chỉ đạo giao 10 nhiệm vụ.
                - Nhiệm vụ đã hoàn thành: 6.
                - Nhiệm vụ đang thực hiện: 2.
                - Nhiệm vụ quá hạn chưa hoàn thành: 1.
                """);
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void statusesThatAddUpAreNoFinding() {
        assertThat(sums("""
                Được giao 20 nhiệm vụ: nhiệm vụ đã hoàn thành 15/20 (hoàn thành đúng hạn 13, hoàn thành quá hạn 2).
                - Nhiệm vụ đang thực hiện trong hạn: 4.
                - Nhiệm vụ quá hạn chưa hoàn thành: 1.
                """)).isEmpty();
    }

    @Test
    void doneOnTimeAndLateArePartsOfTheTasksDoneNotMoreStatuses() {
        assertThat(sums("Được giao 8 nhiệm vụ; nhiệm vụ đã hoàn thành 8 (hoàn thành đúng hạn 8, hoàn thành quá hạn 0); "
                + "nhiệm vụ quá hạn chưa hoàn thành 0.")).isEmpty();
    }

    @Test
    void aFractionOfTasksDoneNamesTheirTotal() {
        assertThat(sums("""
                Đến nay phường đã hoàn thành 9/10 nhiệm vụ, gồm các nội dung sau.
                - 01 nhiệm vụ đang triển khai thực hiện, dự kiến xong trong quý IV.
                """)).isEmpty();
    }

    @Test
    void eachPhaseIsItsOwnSetOfTasks() {
        assertThat(sums("""
                Giai đoạn 1: được giao 5 nhiệm vụ; nhiệm vụ đã hoàn thành 5; nhiệm vụ đang thực hiện 0.
                Giai đoạn 2: được giao 8 nhiệm vụ; nhiệm vụ đã hoàn thành 6; nhiệm vụ đang thực hiện 2.
                """)).isEmpty();
    }

    @Test
    void aStatusAboveTheTotalIsOfOtherTasks() {
        assertThat(sums("""
                Năm 2026, phường được giao 20 nhiệm vụ.
                - Lũy kế từ năm 2025, số nhiệm vụ đã hoàn thành: 35.
                - Số nhiệm vụ đang thực hiện: 5.
                """)).isEmpty();
    }

    @Test
    void aStatusFarFromTheTotalIsOfAnotherPassage() {
        assertThat(sums("""
                Ban Chỉ đạo giao 6 nhiệm vụ.
                - Nhiệm vụ đã hoàn thành: 6.
                Công tác tuyên truyền được đẩy mạnh trên trang thông tin điện tử.
                Các tổ công nghệ số cộng đồng hoạt động thường xuyên.
                Hạ tầng mạng được nâng cấp tại trụ sở.
                Đối với Kế hoạch của tỉnh, 03 nhiệm vụ đang triển khai thực hiện.
                """)).isEmpty();
    }
}
