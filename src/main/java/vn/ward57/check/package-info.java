/**
 * Checks the figures typed into a report's text (issue 20, item 4; reused by the upload check of issue 24):
 * every number of a paragraph or table is read with the words around it, classified (a quantity of
 * something, or a part of a phrase: a target, a list number, a document number, a year, a count of months),
 * and the quantities are checked against each other (totals, rates, carried-over items, the same quantity
 * stated twice, money off by a factor of 1.000), against the dates of well-known documents, and against the
 * figures the caller computed ({@link vn.ward57.check.KnownFigures}). Plain Java: no Spring, no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiểm tra số liệu", allowedDependencies = "common")
package vn.ward57.check;
