package vn.dangbo.members.web;

import vn.dangbo.members.Member;
import vn.dangbo.members.MemberFacts;

record MemberDetail(Member member, MemberFacts facts) {}
