// FlatStringMap: a string-keyed map for tables built once and then only
// looked up (gazetteer keys, unit keys), with open addressing in one array.
//
//   FlatStringMap<uint32_t> m;
//   m["paris"] = 3;                      // builds; inserts 0 when absent
//   m.emplace("rome", 4);                // inserts only when absent
//   if (const uint32_t* v = m.find(std::string_view(buf, n))) ...
//
// std::unordered_map costs a lookup three or four dependent loads (the
// bucket, the node before the bucket's first, the node, and with StringHash,
// whose codes it does not cache, a rehash of every node's key in the chain
// plus a division per bucket index); on the per-token lookups the entity
// and number stages make, with the caches full of the tagger's table, each
// load is likely a miss. Here a lookup loads its slot (the full 64-bit
// hash, the key's place in one buffer of key bytes, and the value) and, only
// when the hashes are equal, the key's bytes. Linear probing, a power-of-two
// table at most half full; a missing key usually stops at the first slot.
//
// FlatStringSet is the same table without values, for the word lists
// looked up per token:
//
//   static const auto* kWords = new FlatStringSet{"said", "says", "told"};
//   if (kWords->count(w) > 0) ...
//
// References returned by operator[] and pointers from find() are valid until
// the next insertion. There is no erase and no iteration (lookups only, so
// no caller can depend on an order).
//
// Thread safety: const methods may run concurrently; insertions may not.
#ifndef NEWSIE_PIPELINE_FLAT_STRING_MAP_H_
#define NEWSIE_PIPELINE_FLAT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/string_hash.h"

namespace newsie {

template <typename V>
class FlatStringMap {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  void clear() {
    slots_.clear();
    bytes_.clear();
    size_ = 0;
  }

  // Sizes the table for `n` keys without regrowing.
  void reserve(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    if (cap > slots_.size()) Rehash(cap);
  }

  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = Hash(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && KeyOf(s) == key) return &s.value;
    }
  }
  V* find(std::string_view key) {
    return const_cast<V*>(static_cast<const FlatStringMap*>(this)->find(key));
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // The value of `key`, inserted as V() when absent.
  V& operator[](std::string_view key) { return *Insert(key, V()).first; }

  // Inserts (key, value) when key is absent; false (and no change) otherwise.
  bool emplace(std::string_view key, V value) { return Insert(key, std::move(value)).second; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_begin = 0;
    uint32_t key_size = 0;
    bool used = false;
    V value{};
  };

  static uint64_t Hash(std::string_view key) { return StringHash()(key); }
  std::string_view KeyOf(const Slot& s) const {
    return std::string_view(bytes_.data() + s.key_begin, s.key_size);
  }

  std::pair<V*, bool> Insert(std::string_view key, V value) {
    if (2 * (size_ + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const uint64_t h = Hash(key);
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used) break;
      if (s.hash == h && KeyOf(s) == key) return {&s.value, false};
    }
    Slot& s = slots_[i];
    s.hash = h;
    s.key_begin = static_cast<uint32_t>(bytes_.size());
    s.key_size = static_cast<uint32_t>(key.size());
    s.used = true;
    s.value = std::move(value);
    bytes_.append(key);
    ++size_;
    return {&s.value, true};
  }

  void Rehash(size_t cap) {
    std::vector<Slot> old = std::move(slots_);
    slots_ = std::vector<Slot>(cap);
    mask_ = cap - 1;
    for (Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].used) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  std::string bytes_;  // every key's bytes, back to back
};

class FlatStringSet {
 public:
  FlatStringSet() = default;
  FlatStringSet(std::initializer_list<std::string_view> keys) {
    map_.reserve(keys.size());
    for (std::string_view k : keys) map_.emplace(k, true);
  }
  size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }
  // True when `key` was not in the set.
  bool insert(std::string_view key) { return map_.emplace(key, true); }
  bool contains(std::string_view key) const { return map_.contains(key); }
  size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }

 private:
  FlatStringMap<bool> map_;
};

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_FLAT_STRING_MAP_H_
