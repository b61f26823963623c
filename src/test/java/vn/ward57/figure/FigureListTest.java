package vn.ward57.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.Figure.Unit;

/** A module says its owner and records once; each figure still carries both, as the catalogue lists them. */
class FigureListTest {

    @Test
    void theOwnerGoesToEveryFigureAndRecordsToThoseThatFollow() {
        var figures = FigureList.of("asset", "Sổ thiết bị")
                .count("CAMERAS", "Số camera", "Cameras", Basis.AS_OF_END, "Camera đang hoạt động.")
                .records("Sổ cấp chứng thư số")
                .percent("SHARE", "Tỷ lệ", "Share", Basis.OVER_PERIOD, "A × 100 / B.")
                .amount("PAID", "Đã chi", "Paid", Basis.OVER_PERIOD, "Tổng đã chi.")
                .list();

        assertThat(figures).containsExactly(
                new Figure("CAMERAS", "Số camera", "Cameras", Unit.COUNT, Basis.AS_OF_END, "asset", "Sổ thiết bị",
                        "Camera đang hoạt động."),
                new Figure("SHARE", "Tỷ lệ", "Share", Unit.PERCENT, Basis.OVER_PERIOD, "asset", "Sổ cấp chứng thư số",
                        "A × 100 / B."),
                new Figure("PAID", "Đã chi", "Paid", Unit.VND, Basis.OVER_PERIOD, "asset", "Sổ cấp chứng thư số",
                        "Tổng đã chi."));
    }
}
