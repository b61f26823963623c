package vn.ward57.backup;

import org.springframework.stereotype.Component;
import vn.ward57.common.web.LayoutState;

/**
 * The stale-backup warning on an admin's dashboards, as part of their ETag: whether it shows, and of
 * which backup at which age in days (as it is worded), so that a new backup or a day more shows at once.
 */
@Component
class StaleWarningState implements LayoutState {

    private final Backups backups;

    StaleWarningState(Backups backups) {
        this.backups = backups;
    }

    @Override
    public Object current() {
        StaleBackup stale = backups.staleWarning();
        if (stale == null) {
            return "";
        }
        return stale.lastGood() == null ? "none" : stale.lastGood().name() + " " + stale.lastGood().age().toDays();
    }
}
