#include "service/rendered_cache.h"

#include <gtest/gtest.h>

namespace recoupe::service {
namespace {

TEST(RenderedCache, EntriesLastOneGeneration) {
  RenderedCache cache(2);
  EXPECT_FALSE(cache.Find("ev-1", 1));
  cache.Put("ev-1", 1, "one");
  cache.Put("ev-2", 1, "two");
  EXPECT_EQ(cache.Find("ev-1", 1), "one");
  EXPECT_FALSE(cache.Find("ev-1", 2));  // the store changed
  cache.Put("ev-1", 2, "one again");
  EXPECT_EQ(cache.Find("ev-1", 2), "one again");
  EXPECT_FALSE(cache.Find("ev-2", 2));  // dropped with its generation
  cache.Put("ev-3", 2, "three");
  cache.Put("ev-4", 2, "four");         // full: starts over
  EXPECT_FALSE(cache.Find("ev-1", 2));
  EXPECT_EQ(cache.Find("ev-4", 2), "four");
}

}  // namespace
}  // namespace recoupe::service
