package io.rectify.eventsourcing.api;

/** The shared API values to the event contracts' and back; null stays null. */
public final class ApiValues {

    private ApiValues() {
    }

    public static io.rectify.contracts.common.Customer toContract(Customer customer) {
        return customer == null ? null : new io.rectify.contracts.common.Customer(customer.id(), customer.name(),
                customer.email(), customer.language());
    }

    public static Customer of(io.rectify.contracts.common.Customer customer) {
        return customer == null ? null : new Customer(customer.id(), customer.name(), customer.email(), customer.language());
    }

    public static io.rectify.contracts.common.Product toContract(Product product) {
        return product == null ? null : new io.rectify.contracts.common.Product(product.partNumber(), product.name());
    }

    public static Product of(io.rectify.contracts.common.Product product) {
        return product == null ? null : new Product(product.partNumber(), product.name());
    }

    public static io.rectify.contracts.common.Containment toContract(Containment containment) {
        return containment == null ? null : new io.rectify.contracts.common.Containment(toContract(containment.atCustomer()),
                toContract(containment.inTransit()), toContract(containment.inHouse()));
    }

    public static Containment of(io.rectify.contracts.common.Containment containment) {
        return containment == null ? null : new Containment(of(containment.atCustomer()), of(containment.inTransit()),
                of(containment.inHouse()));
    }

    private static io.rectify.contracts.common.ContainedStock toContract(ContainedStock stock) {
        return stock == null ? null : new io.rectify.contracts.common.ContainedStock(stock.quantity(), stock.action());
    }

    private static ContainedStock of(io.rectify.contracts.common.ContainedStock stock) {
        return stock == null ? null : new ContainedStock(stock.quantity(), stock.action());
    }

    public static io.rectify.contracts.common.Money toContract(Money money) {
        return money == null ? null : new io.rectify.contracts.common.Money(money.amount(), money.currency());
    }

    public static Money of(io.rectify.contracts.common.Money money) {
        return money == null ? null : new Money(money.amount(), money.currency());
    }
}
