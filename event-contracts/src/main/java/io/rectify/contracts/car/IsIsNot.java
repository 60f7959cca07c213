package io.rectify.contracts.car;

/**
 * One line of an is / is-not analysis: along a dimension (which product, where, when, how many),
 * where the problem is seen and where it could be but is not.
 */
public record IsIsNot(String dimension,
                      String is,
                      String isNot) {
}
