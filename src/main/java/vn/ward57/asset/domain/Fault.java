package vn.ward57.asset.domain;

import vn.ward57.common.error.InvalidInputException;

/** A rule a record breaks: the field at fault, the message key and its arguments. */
record Fault(String field, String key, Object... args) {

    InvalidInputException exception() {
        return new InvalidInputException(key, field, args);
    }
}
