'use strict';
// Intrusive circular doubly-linked list over _idleNext/_idlePrev (the shape node's timer lists
// use). append() puts an item at the head; peek() gives the item appended longest ago.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

function peek(list) {
  const oldest = list._idlePrev;
  return oldest === list ? null : oldest;
}

function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

module.exports = { init, peek, remove, append, isEmpty };
