package vn.dangbo.members.web;

record ApiProblem(int row, String column, String code, String message) {}
