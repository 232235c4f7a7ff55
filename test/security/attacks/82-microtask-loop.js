// A microtask loop never yields to timers; evaluation ends (the loop is cut off) or hits the deadline.
// args: --eval-timeout 3
(function again() { Promise.resolve().then(again); })();
