"""The classroom handout and its teacher key: view model (``model``), how it is built,
its questions, the lens terms it teaches, its chart, and its document (``document``)."""
