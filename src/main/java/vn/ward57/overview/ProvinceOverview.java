package vn.ward57.overview;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.WardRevisions;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Province;

/**
 * The province view for its admins. What was computed is cached by {@link Version}, which holds the
 * province's revision (its wards' revisions summed, and their number): any change in any ward of the
 * province is another key, so the next request computes anew and nothing old is shown.
 */
@Service
public class ProvinceOverview {

    private final WardRevisions revisions;
    private final ProvinceFigures figures;

    ProvinceOverview(WardRevisions revisions, ProvinceFigures figures) {
        this.revisions = revisions;
        this.figures = figures;
    }

    /** What the view of a year depends on, read before anything is computed or served. */
    public record Version(String provinceCode, int year, LocalDate today, WardRevisions.ProvinceRevision revision) {
    }

    public ProvinceDashboard dashboard(Province province, Integer askedYear) {
        return dashboard(version(province, askedYear));
    }

    public ProvinceDashboard dashboard(Version version) {
        return figures.dashboard(version);
    }

    /**
     * The version of the asked year (this year if none).
     *
     * @param province checked for its admins where it was resolved (a {@code Province} parameter)
     */
    public Version version(Province province, Integer askedYear) {
        LocalDate today = WardTime.today();
        int year = askedYear == null ? today.getYear() : askedYear;
        if (year > today.getYear() || year < 2000) {
            throw new InvalidInputException("overview.bad-year", "year", String.valueOf(year));
        }
        return new Version(province.code(), year, today, revisions.ofProvince(province.code()));
    }
}
