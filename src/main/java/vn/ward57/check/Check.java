package vn.ward57.check;

import java.util.List;

/** One rule over a read text. */
interface Check {

    List<Finding> run(Analysis text, KnownFigures known);
}
