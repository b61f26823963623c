package vn.ward57.overview;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.database.RevisionMemo;
import vn.ward57.common.database.WardRevisions;
import vn.ward57.org.WardService;

/**
 * The province view for its admins. What was computed is kept with the province's revision (its
 * wards' revisions summed) and served until any ward of the province changes; then it is computed
 * again at the next request, never shown old.
 */
@Service
public class ProvinceOverview {

    private record Key(String provinceCode, int year) {
    }

    private final WardService wards;
    private final WardRevisions revisions;
    private final ProvinceFigures figures;
    private final RevisionMemo<Key, ProvinceDashboard> views = new RevisionMemo<>();

    ProvinceOverview(WardService wards, WardRevisions revisions, ProvinceFigures figures) {
        this.wards = wards;
        this.revisions = revisions;
        this.figures = figures;
    }

    public ProvinceDashboard dashboard(String provinceCode, Integer askedYear) {
        return current(provinceCode, askedYear).dashboard();
    }

    /** The view with the province's revision it is current at: the page keeps its rendered HTML by it. */
    public Current current(String provinceCode, Integer askedYear) {
        wards.requireProvince(provinceCode);  // 404 / 403 before anything else
        LocalDate today = WardTime.today();
        int year = askedYear == null ? today.getYear() : askedYear;
        if (year > today.getYear() || year < 2000) {
            throw new InvalidInputException("overview.bad-year", "year", String.valueOf(year));
        }
        WardRevisions.ProvinceRevision revision = revisions.ofProvince(provinceCode);
        return new Current(views.get(new Key(provinceCode, year), List.of(revision, today),
                () -> figures.dashboard(provinceCode, year, today)), revision);
    }

    public record Current(ProvinceDashboard dashboard, WardRevisions.ProvinceRevision revision) {
    }
}
