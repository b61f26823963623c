package vn.ward57.dashboard.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.ward57.dashboard.WardDashboard;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.security.Role;
import vn.ward57.common.database.WardRevisions;
import vn.ward57.org.Ward;

/**
 * The ward's dashboard and its charts. Computing them takes the catalogue's every indicator, so they are
 * cached by {@link Version}: the ward's revision (raised by every write) is part of the key, so the
 * next request after an import or an edit computes anew and never gets an old figure.
 * No transaction here: a request answered from the cache holds a connection for one short query only.
 */
@Service
public class DashboardService {

    private final WardRevisions revisions;
    private final DashboardTiles tiles;
    private final DashboardCharts charts;

    DashboardService(WardRevisions revisions, DashboardTiles tiles, DashboardCharts charts) {
        this.revisions = revisions;
        this.tiles = tiles;
        this.charts = charts;
    }

    /**
     * What the dashboard shown to this user depends on, read before anything is computed (and before
     * the access rule lets anything kept be served).
     *
     * @param scope an officer limited to a unit sees that unit's forms only: the unit, or ""
     */
    public record Version(Ward ward, long revision, String scope, LocalDate today) {
    }

    /**
     * The ward's dashboard version as of the ward's today.
     *
     * @param ward read-checked by whoever resolved it (a {@code Ward} parameter, WardService.get)
     */
    public Version version(Ward ward) {
        return version(ward, WardTime.today());
    }

    public Version version(Ward ward, LocalDate today) {
        return new Version(ward, revisions.ofWard(ward.code()), unitScope(), today);
    }

    /** Every tile as of the ward's today. */
    public WardDashboard ward(Ward ward) {
        return ward(version(ward));
    }

    public WardDashboard ward(Ward ward, LocalDate today) {
        return ward(version(ward, today));
    }

    public WardDashboard ward(Version version) {
        return tiles.ward(version);
    }

    /** The four charts' data (the same for every viewer of the ward). */
    public DashboardCharts.Charts charts(Version version) {
        return charts.of(version.ward(), version.revision(), version.today());
    }

    private static String unitScope() {
        Actor actor = CurrentActor.get();
        return actor.role() == Role.WARD_OFFICER && actor.unitCode() != null ? actor.unitCode() : "";
    }
}
