package vn.ward57.common.web;

/**
 * Something the layout of every page shows besides the page's own data (a province admin's ward
 * switcher, the stale-backup warning), as a value whose text changes whenever what is shown does: it
 * is part of every page's ETag ({@link PageVersions}), so a browser's copy is not kept past its change.
 */
public interface LayoutState {

    /** The current state for the acting user; its {@code toString()} names it (a record, a list, a string). */
    Object current();
}
