package vn.ward57.figure;

import java.util.ArrayList;
import java.util.List;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.Figure.Unit;

/**
 * A module's figures as its {@link MetricSource} writes them down: the owner and the records are said once,
 * not on every figure; {@link #records} names other records for the figures that follow.
 */
public final class FigureList {

    private final String owner;
    private final List<Figure> figures = new ArrayList<>();
    private String records;

    private FigureList(String owner, String records) {
        this.owner = owner;
        this.records = records;
    }

    public static FigureList of(String owner, String records) {
        return new FigureList(owner, records);
    }

    public FigureList records(String records) {
        this.records = records;
        return this;
    }

    public FigureList count(String code, String name, String nameEn, Basis basis, String definition) {
        return add(code, name, nameEn, Unit.COUNT, basis, definition);
    }

    public FigureList percent(String code, String name, String nameEn, Basis basis, String definition) {
        return add(code, name, nameEn, Unit.PERCENT, basis, definition);
    }

    public FigureList amount(String code, String name, String nameEn, Basis basis, String definition) {
        return add(code, name, nameEn, Unit.VND, basis, definition);
    }

    List<Figure> list() {
        return List.copyOf(figures);
    }

    private FigureList add(String code, String name, String nameEn, Unit unit, Basis basis, String definition) {
        figures.add(new Figure(code, name, nameEn, unit, basis, owner, records, definition));
        return this;
    }
}
