package vn.dangbo.members.web;

record AccountForm(String username, String password) {}
