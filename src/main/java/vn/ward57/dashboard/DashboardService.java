package vn.ward57.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.RevisionMemo;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.security.Role;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAtRevision;
import vn.ward57.org.WardService;

/**
 * The ward's dashboard and its charts. Computing them takes the catalogue's every indicator, so what
 * was computed is kept with the ward's revision and served again until any of the ward's data changes
 * (an import, a task's progress, a value entered): the next request after a change computes anew.
 * No transaction here: a request served from the memo holds a connection for one short query only.
 */
@Service
public class DashboardService {

    /** Whose dashboard: an officer limited to a unit sees that unit's forms only, so that is part of the key. */
    private record Key(String wardCode, String unitScope) {
    }

    private final WardService wards;
    private final DashboardTiles tiles;
    private final DashboardCharts charts;
    private final RevisionMemo<Key, WardDashboard> dashboards = new RevisionMemo<>();
    private final RevisionMemo<Key, DashboardCharts.Charts> chartData = new RevisionMemo<>();

    DashboardService(WardService wards, DashboardTiles tiles, DashboardCharts charts) {
        this.wards = wards;
        this.tiles = tiles;
        this.charts = charts;
    }

    /** Every tile as of the ward's today. */
    public WardDashboard ward(String wardCode) {
        return ward(wardCode, WardTime.today());
    }

    public WardDashboard ward(String wardCode, LocalDate today) {
        return current(wardCode, today).dashboard();
    }

    /**
     * The dashboard with what it depends on: the viewer's scope (an officer's unit, or "") and the
     * ward's revision. The page keeps its rendered tiles by them.
     */
    public Current current(String wardCode, LocalDate today) {
        WardAtRevision at = wards.getAtRevision(wardCode); // the access rule, before anything kept is served
        String scope = unitScope();
        return new Current(at.ward(), dashboards.get(new Key(wardCode, scope), List.of(at.revision(), today),
                () -> tiles.ward(wardCode, today)), scope, at.revision());
    }

    public record Current(Ward ward, WardDashboard dashboard, String scope, long revision) {
    }

    /** The four charts' data as of the ward's today. */
    public DashboardCharts.Charts charts(String wardCode) {
        LocalDate today = WardTime.today();
        long revision = wards.getAtRevision(wardCode).revision();
        return chartData.get(new Key(wardCode, ""), List.of(revision, today), () -> charts.of(wardCode, today));
    }

    private static String unitScope() {
        Actor actor = CurrentActor.get();
        return actor.role() == Role.WARD_OFFICER && actor.unitCode() != null ? actor.unitCode() : "";
    }
}
