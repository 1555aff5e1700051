"""The sample department of `seed-demo`: outside the product's use cases, built through them."""
