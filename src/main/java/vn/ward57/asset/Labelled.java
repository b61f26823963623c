package vn.ward57.asset;

/** A choice of the registers with the Vietnamese label their files carry. */
interface Labelled {

    String label();
}
