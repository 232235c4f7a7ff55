require("./sub/deeper.js");
function helperRecord() { return deeperRecord(); }
