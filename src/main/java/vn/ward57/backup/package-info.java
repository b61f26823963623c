/**
 * Sao lưu (issue 21): a nightly copy of the embedded PostgreSQL, taken online with PostgreSQL's own
 * backup functions into one ZIP file per run in {@code ward57.backup.dir}, 14 daily and 8 weekly
 * kept; the admins' page lists them with a download link and a "Sao lưu ngay" button; a start with
 * {@code --ward57.restore=<file>} puts a backup back before the database starts. With an external
 * server ({@code WARD57_DB_URL}) that server's own backups are used and nothing is copied here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sao lưu", allowedDependencies = {"common", "org"})
package vn.ward57.backup;
