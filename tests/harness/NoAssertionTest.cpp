// SPDX-License-Identifier: GPL-3.0-or-later
// Built into harness_no_assertion, which CTest expects to FAIL: proof that a test asserting
// nothing cannot pass quietly (DESIGN.md, Tests).
#include <catch2/catch.hpp>

TEST_CASE("A test that asserts nothing", "[harness]")
{
    int unused = 1 + 1;
    (void)unused;
}
