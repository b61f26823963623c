package vn.ward57.asset;

/** A choice of the registers with the Vietnamese label their files carry. */
public interface Labelled {

    String label();
}
